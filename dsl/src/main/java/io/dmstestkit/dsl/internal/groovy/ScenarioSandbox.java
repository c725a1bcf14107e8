package io.dmstestkit.dsl.internal.groovy;

import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.Percent;
import io.dmstestkit.dsl.model.CallCountDecl;
import io.dmstestkit.dsl.model.ReplicationType;
import io.dmstestkit.dsl.model.StartType;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.StopReason;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.GenericsType;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SynchronizedStatement;
import org.codehaus.groovy.ast.stmt.TryCatchStatement;
import org.codehaus.groovy.control.customizers.SecureASTCustomizer;
import org.codehaus.groovy.syntax.Types;

/**
 * The compile-time sandbox of {@code *.dms.groovy} files.
 *
 * <p><b>Defence in depth, not a security boundary.</b> Groovy is dynamic: a static check of the syntax
 * tree cannot see every object a script reaches at run time, and the JVM has no way to confine code
 * that runs in it. These checks stop mistakes and casual misuse (a scenario that deletes files, runs
 * {@code 'ls'.execute()}, calls {@code System.exit} or starts threads) with a clear message at the line
 * that does it. Do not load Groovy scenarios from people you do not trust: share scenarios with such
 * teams as {@code *.dms.yaml}, which is data only.
 *
 * <p>What is refused, and where (each with the file, line and column):
 * <ul>
 *   <li>imports, except the DSL's own static imports of {@link Dsl}'s constants and functions, which
 *       the reader adds (and package, class, method and annotation declarations, see {@link ScriptShape});
 *   <li>naming any class outside a short list: numbers, strings, collections, {@code Math},
 *       {@code Duration}, closures, ranges and the DSL's own types. So {@code System}, {@code Runtime},
 *       {@code ProcessBuilder}, {@code File}, {@code java.nio.file.*}, {@code Thread}, {@code Class},
 *       {@code ClassLoader}, reflection, {@code GroovyShell} and {@code Eval} cannot be used, whether
 *       as a receiver, in {@code new}, in a cast or in a declaration;
 *   <li>member names that reach past the DSL whatever the receiver's type: reflection and
 *       meta-programming ({@code getClass}, {@code metaClass}, {@code forName}, {@code invokeMethod},
 *       {@code delegate}, …), processes and I/O ({@code execute}, {@code text}, {@code toURL}, …),
 *       threads and sleeping ({@code sleep}, {@code wait}, …) and the JVM ({@code exit}, {@code halt});
 *   <li>dynamic member names ({@code x."$name"()}), method pointers and references ({@code .&},
 *       {@code ::}), direct field access ({@code .@}), {@code try}/{@code catch} (which could swallow
 *       the time limit) and {@code synchronized}.
 * </ul>
 *
 * <p>What only the running script knows is checked then: {@link RuntimeGuards} makes every written
 * receiver and computed subscript key pass through {@link ScriptGuard} ({@code x['meta' + 'Class']},
 * a {@code Class} reached through {@code STOPPED.declaringClass.superclass}), and {@link MetaClassWatch}
 * undoes and refuses any meta-class change that got through anyway, so no file alters the next.
 *
 * <p>Known limits: a script can still exhaust memory or stack (the reader reports it and the JVM
 * survives); a long computation inside one library call (a huge range summed, a pathological regular
 * expression) is not interrupted by the time limit, which checks at loops, closures and methods.
 */
final class ScenarioSandbox extends SecureASTCustomizer {

    private static final Set<String> ALLOWED_TYPES = Stream.of(
                    Object.class,
                    String.class,
                    Integer.class,
                    Long.class,
                    Short.class,
                    Byte.class,
                    Double.class,
                    Float.class,
                    Boolean.class,
                    Character.class,
                    Number.class,
                    Math.class,
                    java.math.BigDecimal.class,
                    java.math.BigInteger.class,
                    List.class,
                    Map.class,
                    Set.class,
                    java.util.Collection.class,
                    java.util.ArrayList.class,
                    java.util.LinkedList.class,
                    HashMap.class,
                    java.util.LinkedHashMap.class,
                    java.util.HashSet.class,
                    java.util.LinkedHashSet.class,
                    java.util.TreeMap.class,
                    java.util.TreeSet.class,
                    java.time.Duration.class,
                    groovy.lang.Closure.class,
                    groovy.lang.GString.class,
                    groovy.lang.Range.class,
                    groovy.lang.IntRange.class,
                    groovy.lang.ObjectRange.class,
                    Dsl.class,
                    Percent.class,
                    ReplicationType.class,
                    StartType.class,
                    Status.class,
                    StopReason.class,
                    CallCountDecl.class)
            .map(Class::getName)
            .collect(Collectors.toUnmodifiableSet());

    private static final String TYPE_HINT = "a scenario file uses the DSL's words with numbers, strings, lists and"
            + " maps; classes such as File, System or Thread are out of its reach";

    private static final Map<String, String> DENIED_NAMES = deniedNames();

    /** The denied names in lower case, for names computed at run time (a property lookup may ignore case). */
    private static final Map<String, String> DENIED_IGNORING_CASE = DENIED_NAMES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));

    /** Names refused also as bare variables (they reach the script or the closure's plumbing). */
    private static final Set<String> DENIED_VARIABLES =
            Set.of("binding", "metaClass", "properties", "delegate", "owner", "thisObject");

    ScenarioSandbox() {
        setPackageAllowed(false);
        setMethodDefinitionAllowed(false);
        setAllowedImports(List.of());
        setAllowedStarImports(List.of());
        setAllowedStaticImports(Stream.concat(DslVocabulary.constants().stream(), DslVocabulary.functions().stream())
                .map(name -> Dsl.class.getName() + "." + name)
                .toList());
        setAllowedStaticStarImports(List.of());
        setIndirectImportCheckEnabled(false);
        addExpressionCheckers(ScenarioSandbox::check);
        addStatementCheckers(ScenarioSandbox::check);
    }

    /** Whether scripts may not use this member name (for tests that keep the DSL's words allowed). */
    static boolean isDenied(String name) {
        return DENIED_NAMES.containsKey(name) || DENIED_VARIABLES.contains(name);
    }

    /** Whether scripts may name this class (by its binary name), e.g. as a receiver: {@code Math.max(1, 2)}. */
    static boolean isAllowedType(String className) {
        return ALLOWED_TYPES.contains(className);
    }

    /** The hint for a member name scripts may not use, compared ignoring case; empty when the name is allowed. */
    static Optional<String> deniedHint(String name) {
        return Optional.ofNullable(DENIED_IGNORING_CASE.get(name.toLowerCase(Locale.ROOT)));
    }

    private static boolean check(Statement statement) {
        if (statement instanceof TryCatchStatement) {
            throw new SandboxViolation(
                    statement,
                    "try/catch is not allowed in a scenario file",
                    "a scenario declares what happens; write an expected failure as expectError");
        }
        if (statement instanceof SynchronizedStatement) {
            throw new SandboxViolation(statement, "synchronized is not allowed in a scenario file", null);
        }
        if (statement instanceof ForStatement loop && loop.getVariable() != null) {
            requireAllowedType(loop.getVariable().getOriginType(), statement);
        }
        return true;
    }

    private static boolean check(Expression expression) {
        if (expression instanceof MethodPointerExpression) { // and MethodReferenceExpression, a subclass
            throw new SandboxViolation(
                    expression,
                    "method pointers are not allowed in a scenario file: '" + expression.getText() + "'",
                    "call the method directly");
        }
        if (expression instanceof AttributeExpression) {
            throw new SandboxViolation(
                    expression,
                    "direct field access (.@) is not allowed in a scenario file: '" + expression.getText() + "'",
                    "use the DSL's words");
        }
        if (expression instanceof MethodCallExpression call) {
            requireAllowedName(call.getMethodAsString(), call.getMethod().getText(), expression);
        } else if (expression instanceof StaticMethodCallExpression call) {
            requireAllowedType(call.getOwnerType(), expression);
            requireAllowedName(call.getMethod(), call.getMethod(), expression);
        } else if (expression instanceof PropertyExpression property) {
            requireAllowedName(
                    property.getPropertyAsString(), property.getProperty().getText(), expression);
        } else if (expression instanceof VariableExpression variable && DENIED_VARIABLES.contains(variable.getName())) {
            throw denied(variable.getName(), expression);
        } else if (expression instanceof BinaryExpression binary
                && binary.getOperation().getType() == Types.LEFT_SQUARE_BRACKET
                && binary.getRightExpression() instanceof ConstantExpression key
                && key.getValue() instanceof String name) {
            requireAllowedName(name, name, expression);
        }
        checkTypes(expression);
        return true;
    }

    private static void checkTypes(Expression expression) {
        if (expression instanceof ClassExpression
                || expression instanceof ConstructorCallExpression
                || expression instanceof CastExpression) {
            requireAllowedType(expression.getType(), expression);
        } else if (expression instanceof ArrayExpression array) {
            requireAllowedType(array.getElementType(), expression);
        } else if (expression instanceof DeclarationExpression declaration) {
            Expression left = declaration.getLeftExpression();
            List<Expression> variables = left instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(left);
            for (Expression variable : variables) {
                if (variable instanceof VariableExpression declared) {
                    requireAllowedType(declared.getOriginType(), expression);
                }
            }
        } else if (expression instanceof ClosureExpression closure && closure.getParameters() != null) {
            for (Parameter parameter : closure.getParameters()) {
                requireAllowedType(parameter.getOriginType(), expression);
            }
        }
    }

    private static void requireAllowedName(String name, String written, Expression where) {
        if (name == null) {
            throw new SandboxViolation(
                    where,
                    "computed member names are not allowed in a scenario file: '" + written + "'",
                    "write the name of the DSL word itself");
        }
        if (DENIED_NAMES.containsKey(name)) {
            throw denied(name, where);
        }
    }

    private static SandboxViolation denied(String name, Expression where) {
        return new SandboxViolation(where, "'" + name + "' is not allowed in a scenario file", DENIED_NAMES.get(name));
    }

    private static void requireAllowedType(ClassNode type, org.codehaus.groovy.ast.ASTNode where) {
        if (type == null) {
            return;
        }
        ClassNode element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (!ClassHelper.isPrimitiveType(element)
                && !ClassHelper.isPrimitiveVoid(element)
                && !ALLOWED_TYPES.contains(element.getName())) {
            throw new SandboxViolation(
                    where, "'" + element.getName() + "' cannot be used in a scenario file", TYPE_HINT);
        }
        GenericsType[] generics = element.getGenericsTypes();
        if (generics != null) {
            for (GenericsType generic : generics) {
                if (!generic.isPlaceholder() && !generic.isWildcard()) {
                    requireAllowedType(generic.getType(), where);
                }
            }
        }
    }

    private static Map<String, String> deniedNames() {
        Map<String, String> names = new HashMap<>();
        deny(
                names,
                "a scenario cannot stop or control the JVM",
                "exit",
                "halt",
                "getRuntime",
                "runtime",
                "gc",
                "load",
                "loadLibrary",
                "exec",
                "addShutdownHook",
                "getenv",
                "getInteger",
                "getLong",
                "getBoolean");
        deny(
                names,
                "a scenario cannot run processes, read or write files or open connections;"
                        + " include other scenario files with include",
                "execute",
                "waitFor",
                "waitForProcessOutput",
                "consumeProcessOutput",
                "text",
                "getText",
                "bytes",
                "readLines",
                "eachLine",
                "newReader",
                "newInputStream",
                "withReader",
                "withInputStream",
                "newWriter",
                "withWriter",
                "newOutputStream",
                "withOutputStream",
                "write",
                "openStream",
                "openConnection",
                "toURL",
                "toURI",
                "toPath",
                "eachFile",
                "eachFileRecurse",
                "listFiles",
                "getResource",
                "getResourceAsStream");
        deny(
                names,
                "a scenario cannot sleep or start threads; virtual time moves with advance and await",
                "sleep",
                "wait",
                "notify",
                "notifyAll",
                "startDaemon",
                "runAfter");
        deny(
                names,
                "a scenario cannot reflect on or change classes, closures or the script itself",
                "class",
                "getClass",
                "metaClass",
                "getMetaClass",
                "setMetaClass",
                "metaPropertyValues",
                "getMetaPropertyValues",
                "properties",
                "getProperties",
                "invokeMethod",
                "getProperty",
                "setProperty",
                "invokeStaticMethod",
                "invokeConstructor",
                "invokeMissingMethod",
                "invokeMissingProperty",
                "getMetaProperty",
                "getStaticMetaMethod",
                "pickMethod",
                "getAttribute",
                "setAttribute",
                "getAt",
                "putAt",
                "respondsTo",
                "hasProperty",
                "getMetaMethod",
                "getMetaMethods",
                "metaMethods",
                "methods",
                "getMethods",
                "getMethod",
                "declaredMethods",
                "getDeclaredMethods",
                "getDeclaredMethod",
                "fields",
                "getFields",
                "getField",
                "declaredFields",
                "getDeclaredFields",
                "getDeclaredField",
                "constructors",
                "getConstructors",
                "getConstructor",
                "declaredConstructors",
                "getDeclaredConstructors",
                "getDeclaredConstructor",
                "newInstance",
                "forName",
                "classLoader",
                "getClassLoader",
                "loadClass",
                "defineClass",
                "invoke",
                "protectionDomain",
                "getProtectionDomain",
                "module",
                "getModule",
                "theClass",
                "getTheClass",
                "mixin",
                "asType",
                "use",
                "evaluate",
                "run",
                "binding",
                "getBinding",
                "setBinding",
                "owner",
                "getOwner",
                "thisObject",
                "getThisObject",
                "delegate",
                "getDelegate",
                "setDelegate",
                "resolveStrategy",
                "getResolveStrategy",
                "setResolveStrategy",
                "rehydrate",
                "dehydrate",
                "dump");
        return Map.copyOf(names);
    }

    private static void deny(Map<String, String> names, String hint, String... denied) {
        for (String name : denied) {
            names.put(name, hint);
        }
    }
}
