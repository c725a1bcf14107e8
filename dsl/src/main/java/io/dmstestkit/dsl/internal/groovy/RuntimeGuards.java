package io.dmstestkit.dsl.internal.groovy;

import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Types;

/**
 * Rewrites a scenario script so that {@link ScriptGuard} checks at run time what {@link ScenarioSandbox}
 * cannot check while compiling: the object a member is used on, and subscript keys computed at run time.
 *
 * <pre>{@code
 * x.foo(1)       →  ScriptGuard.receiver(x, 'foo').foo(1)
 * x*.foo         →  ScriptGuard.spreadReceiver(x, 'foo')*.foo
 * x[a + b] = v   →  ScriptGuard.receiver(x, '[]')[ScriptGuard.key(a + b)] = v
 * }</pre>
 *
 * Only the receiver and the key are wrapped, so the expression keeps its shape: assignments, compound
 * assignments, safe navigation and spreads mean what they did. Calls without a written receiver
 * ({@code start 'orders'}, resolved on the script or the block's spec), {@code this}, {@code super} and
 * classes named in the source (already checked by the sandbox) are left alone. Runs after the sandbox's
 * checks and before the interrupt transformations, whose own code must stay as it is.
 */
final class RuntimeGuards extends CompilationCustomizer {

    private static final ClassNode GUARD = ClassHelper.make(ScriptGuard.class);

    RuntimeGuards() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        Rewriter rewriter = new Rewriter(source);
        for (MethodNode method : classNode.getMethods()) {
            if (method.getCode() != null) {
                method.getCode().visit(rewriter);
            }
        }
    }

    private static final class Rewriter extends ClassCodeExpressionTransformer {
        private final SourceUnit source;

        Rewriter(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public Expression transform(Expression expression) {
            if (expression instanceof ClosureExpression closure) {
                closure.getCode().visit(this); // a closure's transformExpression leaves its body alone
                return closure;
            }
            if (expression instanceof MethodCallExpression call && isGuarded(call.getObjectExpression())) {
                return guardedCall(call);
            }
            if (expression instanceof PropertyExpression property
                    && !(expression instanceof AttributeExpression)
                    && isGuarded(property.getObjectExpression())) {
                return guardedProperty(property);
            }
            if (expression instanceof BinaryExpression binary
                    && binary.getOperation().getType() == Types.LEFT_SQUARE_BRACKET) {
                return guardedSubscript(binary);
            }
            return expression == null ? null : expression.transformExpression(this);
        }

        private Expression guardedCall(MethodCallExpression call) {
            String member = call.getMethodAsString() == null ? "[computed]" : call.getMethodAsString();
            MethodCallExpression guarded = new MethodCallExpression(
                    guard(transform(call.getObjectExpression()), member, call.isSpreadSafe()),
                    transform(call.getMethod()),
                    transform(call.getArguments()));
            guarded.setSafe(call.isSafe());
            guarded.setSpreadSafe(call.isSpreadSafe());
            guarded.setImplicitThis(false);
            guarded.setGenericsTypes(call.getGenericsTypes());
            guarded.setSourcePosition(call);
            return guarded;
        }

        private Expression guardedProperty(PropertyExpression property) {
            String member = property.getPropertyAsString() == null ? "[computed]" : property.getPropertyAsString();
            PropertyExpression guarded = new PropertyExpression(
                    guard(transform(property.getObjectExpression()), member, property.isSpreadSafe()),
                    transform(property.getProperty()),
                    property.isSafe());
            guarded.setSpreadSafe(property.isSpreadSafe());
            guarded.setImplicitThis(false);
            guarded.setSourcePosition(property);
            return guarded;
        }

        private Expression guardedSubscript(BinaryExpression subscript) {
            Expression receiver = transform(subscript.getLeftExpression());
            if (isGuarded(subscript.getLeftExpression())) {
                receiver = guard(receiver, "[]", false);
            }
            Expression key = transform(subscript.getRightExpression());
            if (!(key instanceof ConstantExpression)) { // a constant key was checked by the sandbox
                key = call("key", new ArgumentListExpression(key), key);
            }
            BinaryExpression guarded =
                    new BinaryExpression(receiver, subscript.getOperation(), key, subscript.isSafe());
            guarded.setSourcePosition(subscript);
            return guarded;
        }

        private static Expression guard(Expression receiver, String member, boolean spread) {
            return call(
                    spread ? "spreadReceiver" : "receiver",
                    new ArgumentListExpression(receiver, new ConstantExpression(member)),
                    receiver);
        }

        private static Expression call(String method, Expression arguments, Expression at) {
            StaticMethodCallExpression call = new StaticMethodCallExpression(GUARD, method, arguments);
            call.setSourcePosition(at);
            return call;
        }

        /** Receivers checked at run time: all but the script itself and classes the sandbox already checked. */
        private static boolean isGuarded(Expression receiver) {
            if (receiver instanceof VariableExpression variable) {
                return !variable.isThisExpression() && !variable.isSuperExpression();
            }
            return !(receiver instanceof ClassExpression) && !(receiver instanceof ConstantExpression);
        }
    }
}
