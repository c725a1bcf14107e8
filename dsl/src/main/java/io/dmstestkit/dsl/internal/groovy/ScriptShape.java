package io.dmstestkit.dsl.internal.groovy;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.InnerClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Checks the shape of a scenario script right after parsing, before any AST transformation can run:
 * no package, no imports, no classes, no methods and no annotations (an annotation such as
 * {@code @ASTTest} would run code inside the compiler). Nodes without a source position were added by
 * the compiler or by our own customizers (the DSL's static import) and are not the author's.
 */
final class ScriptShape extends CompilationCustomizer {

    private static final String SHARE_HINT =
            "a scenario file holds scenario('name') { … } blocks; share steps between files with include";

    ScriptShape() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ModuleNode module = source.getAST();
        if (module.getPackage() != null) {
            throw new SandboxViolation(
                    module.getPackage(), "a scenario file has no package declaration", "remove the package line");
        }
        for (ImportNode importNode : imports(module)) {
            if (isWritten(importNode)) {
                throw new SandboxViolation(
                        importNode,
                        "imports are not allowed in a scenario file: '" + importNode.getText() + "'",
                        "the DSL's words (STOPPED, AccessDenied, 30.seconds, …)"
                                + " need no import, and other classes cannot be used");
            }
        }
        for (ClassNode type : module.getClasses()) {
            if (!type.isScript()) {
                String what = type instanceof InnerClassNode inner && inner.isAnonymous()
                        ? "an anonymous class"
                        : "'" + type.getNameWithoutPackage() + "'";
                throw new SandboxViolation(type, "a scenario file cannot declare classes (" + what + ")", SHARE_HINT);
            }
        }
        for (MethodNode method : classNode.getMethods()) {
            if (isWritten(method) && !method.isScriptBody()) {
                throw new SandboxViolation(
                        method, "a scenario file cannot declare methods ('" + method.getName() + "')", SHARE_HINT);
            }
        }
        new AnnotationRefusal(source).visitClass(classNode);
    }

    private static List<ImportNode> imports(ModuleNode module) {
        List<ImportNode> all = new ArrayList<>(module.getImports());
        all.addAll(module.getStarImports());
        all.addAll(module.getStaticImports().values());
        all.addAll(module.getStaticStarImports().values());
        return all;
    }

    private static boolean isWritten(org.codehaus.groovy.ast.ASTNode node) {
        return node.getLineNumber() > 0;
    }

    /** Visits what the compiler's own annotation collector visits, and refuses every annotation. */
    private static final class AnnotationRefusal extends ClassCodeVisitorSupport {
        private final SourceUnit source;

        AnnotationRefusal(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public void visitAnnotations(AnnotatedNode node) {
            for (AnnotationNode annotation : node.getAnnotations()) {
                if (isWritten(annotation)) {
                    throw new SandboxViolation(
                            annotation,
                            "annotations are not allowed in a scenario file: '@"
                                    + annotation.getClassNode().getNameWithoutPackage() + "'",
                            "annotations change how the file is compiled; a scenario file only uses the DSL's words");
                }
            }
            super.visitAnnotations(node);
        }

        @Override
        public void visitClosureExpression(ClosureExpression expression) {
            if (expression.getParameters() != null) {
                for (Parameter parameter : expression.getParameters()) {
                    visitAnnotations(parameter);
                }
            }
            super.visitClosureExpression(expression);
        }

        @Override
        public void visitForLoop(ForStatement loop) {
            visitAnnotations(loop.getVariable());
            super.visitForLoop(loop);
        }
    }
}
