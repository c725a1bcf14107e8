package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ExpectSpec;
import io.dmstestkit.dsl.Percent;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.internal.Callers;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands YAML to the spec methods Java and Groovy call, as Groovy's builder hands a closure's words to
 * them: a step is a {@link ScenarioSpec} method, each option of its block a method of the block's spec
 * ({@code within: 2h} → {@code AwaitSpec.within(Duration)}), its value converted to the parameter's type.
 * So the specs' invariants, defaults and messages are the YAML ones too; this class only converts values
 * and says where (file:line) a spec refused one.
 *
 * <p>A method of several parameters takes them by name, from a mapping
 * ({@code tableState: { table: public.orders, state: Table completed }}) or, after the first, from
 * sibling options ({@code probability: 0.3, seed: 7} → {@code probability(0.3, 7)}).
 */
final class SpecCalls {

    private final Values values;

    SpecCalls(Values values) {
        this.values = values;
    }

    /** Calls the ScenarioSpec method named {@code step} for a YAML step's body. */
    void step(ScenarioSpec scenario, String step, Node body, Source at) {
        List<Method> methods = methods(ScenarioSpec.class, step);
        if (Values.isShorthand(body)) {
            // start: orders, advance: 5m, fault: Throttling: the one-parameter form
            Method shorthand = methods.stream()
                    .filter(m -> m.getParameterCount() == 1 && isValueType(m.getParameterTypes()[0]))
                    .findFirst()
                    .orElse(null);
            if (shorthand != null) {
                invoke(
                        scenario,
                        shorthand,
                        new Object[] {convert(body, shorthand.getParameterTypes()[0], step)},
                        at);
                return;
            }
        }
        Class<?> block = YamlVocabulary.block(step);
        if (block != null) {
            withBlock(scenario, methods, step, body, at);
        } else {
            byName(scenario, methods, step, body, at);
        }
    }

    /**
     * Calls the ScenarioSpec method declaring a resource ({@code replication}) with a block applying
     * {@code body}'s options to its spec, and returns the resource it declared.
     */
    Resource resource(String method, String name, Node body, Source at) {
        Method declare = methods(ScenarioSpec.class, method).stream()
                .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[1] == Consumer.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("ScenarioSpec." + method + " has no Consumer form"));
        String what = YamlVocabulary.describe(method) + " '" + name + "'";
        Options options = Options.of(body, what, YamlVocabulary.resourceOptions(method), values);
        Consumer<Object> configure = spec -> apply(spec, options, what, Set.of());
        ScenarioSpec scenario = new ScenarioSpec(method, at, Map.of(), null);
        // pinned, as for steps: the resource's source is the YAML line, not this reader's frame
        Callers.at(at, () -> {
            invoke(scenario, declare, new Object[] {name, configure}, at);
            return null;
        });
        return scenario.build().resources().get(0);
    }

    /** {@code await: { replication: orders, fullLoad: 100% }} → {@code await("orders", spec -> …)}. */
    private void withBlock(ScenarioSpec scenario, List<Method> methods, String step, Node body, Source at) {
        Method method = methods.stream()
                .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[1] == Consumer.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("ScenarioSpec." + step + " has no Consumer form"));
        String first = method.getParameters()[0].getName();
        boolean onTarget = first.equals("target");
        Options options = onTarget
                ? Options.withTarget(body, step, YamlVocabulary.options(step), values)
                : Options.of(body, step, YamlVocabulary.options(step), values);
        String argument = onTarget ? options.target() : options.requiredText(first);
        Set<String> skipped = onTarget ? Set.copyOf(Options.TARGET_KEYS) : Set.of(first);
        Consumer<Object> configure = spec -> apply(spec, options, step, skipped);
        invoke(scenario, method, new Object[] {argument, configure}, at);
    }

    /**
     * Calls, in the order written, the spec method each option names. A key that only names a later
     * parameter of a method ({@code seed} of {@code probability}) is read with that method.
     */
    private void apply(Object spec, Options options, String what, Set<String> skipped) {
        Set<String> used = new HashSet<>();
        for (Entry entry : options.entries()) {
            String name = entry.name();
            List<Method> methods = methods(spec.getClass(), name);
            Method keyed = YamlVocabulary.keyed(spec.getClass(), name);
            if (methods.isEmpty() && keyed != null) {
                eachKey(spec, keyed, entry.value(), name, options.label(name));
                used.add(name);
            }
            if (skipped.contains(name) || methods.isEmpty() || !options.has(name)) {
                continue;
            }
            call(spec, methods, entry.value(), options, used, options.label(name));
        }
        for (Entry entry : options.entries()) {
            String name = entry.name();
            if (!skipped.contains(name)
                    && !used.contains(name)
                    && methods(spec.getClass(), name).isEmpty()) {
                throw new ScenarioLoadException(
                        entry.key().source(),
                        "'" + name + "' of " + what + " goes with " + companionOf(spec.getClass(), name),
                        "add " + companionOf(spec.getClass(), name) + ": …, or remove " + name);
            }
        }
    }

    private void call(Object spec, List<Method> methods, Node value, Options siblings, Set<String> used, String label) {
        if (value instanceof Node.Sequence list && spec instanceof ExpectSpec) {
            // each call of an ExpectSpec word adds a check, so a list is the word repeated, as Groovy's
            // failureMessageContains 'a'; failureMessageContains 'b'; elsewhere a second call would replace
            list.items().forEach(item -> call(spec, methods, item, siblings, used, label));
            return;
        }
        Method mapForm = methods.stream()
                .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Map.class)
                .findFirst()
                .orElse(null);
        if (mapForm != null && value instanceof Mapping mapping) {
            // tables: { public.orders: 2000000 }: names mapped to whole numbers, in the order written
            Map<String, Long> numbers = new LinkedHashMap<>();
            for (Entry entry : mapping.entries()) {
                String key = values.text(entry.key(), "a name in " + label);
                numbers.put(key, values.wholeNumber(entry.value(), "'" + key + "' of " + label));
            }
            invoke(spec, mapForm, new Object[] {numbers}, mapping.source(), label);
            return;
        }
        if (value instanceof Mapping mapping) {
            // tableState: { table: …, state: … }: the parameters by name
            Options named = Options.of(mapping, label, parameterNames(methods), values);
            Method method = methods.stream()
                    .filter(m -> names(m).stream().allMatch(named::has))
                    .max(Comparator.comparingInt(Method::getParameterCount))
                    .orElseThrow(() -> named.problem(
                            label + " needs " + String.join(", ", names(widest(methods))),
                            "e.g. { " + String.join(": …, ", names(widest(methods))) + ": … }"));
            Object[] args = names(method).stream()
                    .map(name -> convert(named.node(name).orElseThrow(), type(method, name), named.label(name)))
                    .toArray();
            invoke(spec, method, args, mapping.source(), label);
            return;
        }
        // the value is the first parameter; later ones are sibling options, when all are given
        Method method = methods.stream()
                .filter(m -> isValueType(m.getParameterTypes()[0]))
                .filter(m -> names(m).stream().skip(1).allMatch(siblings::has))
                .max(Comparator.comparingInt(Method::getParameterCount)
                        .thenComparing(m -> m.getParameterTypes()[0] == Percent.class))
                .orElseThrow(() -> new ScenarioLoadException(
                        value.source(),
                        label + " needs "
                                + String.join(
                                        ", ",
                                        names(widest(methods))
                                                .subList(1, widest(methods).getParameterCount())),
                        null));
        List<String> names = names(method);
        Object[] args = new Object[names.size()];
        args[0] = convert(value, method.getParameterTypes()[0], label);
        for (int i = 1; i < args.length; i++) {
            args[i] = convert(
                    siblings.node(names.get(i)).orElseThrow(),
                    method.getParameterTypes()[i],
                    siblings.label(names.get(i)));
            used.add(names.get(i));
        }
        invoke(spec, method, args, value.source(), label);
    }

    /**
     * A name-and-value word written in the plural, one call per entry, in order:
     * {@code tables: { public.orders: 2000000 }} → {@code table("public.orders", 2000000)}.
     */
    private void eachKey(Object spec, Method method, Node value, String option, String label) {
        List<String> names = names(method);
        Mapping mapping =
                values.mapping(value, label, option + ": { <" + names.get(0) + ">: <" + names.get(1) + ">, … }");
        for (Entry entry : mapping.entries()) {
            String key = values.text(entry.key(), "a " + method.getName() + " " + names.get(0));
            String what = "the " + names.get(1) + " of " + method.getName() + " '" + key + "'";
            Object argument = convert(entry.value(), method.getParameterTypes()[1], what);
            invoke(spec, method, new Object[] {key, argument}, entry.value().source(), label);
        }
    }

    /**
     * A step without a block, its parameters by name: {@code reload: { replication: orders, tables: […] }};
     * or Groovy's named-argument form: {@code expectCalls: { operation: StopReplication, exactly: 1 }}.
     */
    private void byName(ScenarioSpec scenario, List<Method> methods, String step, Node body, Source at) {
        Mapping mapping =
                values.mapping(body, step, "{ " + names(widest(methods)).get(0) + ": …, … }");
        Method groovyNamed = methods.stream()
                .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[0] == Map.class)
                .findFirst()
                .orElse(null);
        if (groovyNamed != null) {
            String key = groovyNamed.getParameters()[1].getName();
            Map<String, Object> named = new LinkedHashMap<>();
            String argument = null;
            for (Entry entry : mapping.entries()) {
                if (entry.name().equals(key)) {
                    argument = values.text(entry.value(), "'" + key + "' of " + step);
                } else if (!Values.isEmpty(entry.value())) {
                    named.put(
                            entry.name(),
                            values.scalar(entry.value(), "'" + entry.name() + "' of " + step, "a value")
                                    .value());
                }
            }
            if (argument == null) {
                throw new ScenarioLoadException(mapping.source(), step + " needs '" + key + ":'", null);
            }
            invoke(scenario, groovyNamed, new Object[] {named, argument}, at);
            return;
        }
        Method method = widest(methods);
        Options options = names(method).contains("target")
                ? Options.withTarget(
                        body,
                        step,
                        names(method).stream().filter(n -> !n.equals("target")).toList(),
                        values)
                : Options.of(body, step, names(method), values);
        Object[] args = names(method).stream()
                .map(name -> name.equals("target")
                        ? options.target()
                        : convert(options.required(name), type(method, name), options.label(name)))
                .toArray();
        invoke(scenario, method, args, at);
    }

    private Object convert(Node node, Class<?> type, String label) {
        if (type == String.class) {
            return values.text(node, label);
        }
        if (type == String[].class) {
            return values.texts(node, label).stream().map(Node.Scalar::text).toArray(String[]::new);
        }
        if (type == int.class || type == Integer.class) {
            return values.wholeInt(node, label);
        }
        if (type == long.class) {
            return values.anyWholeNumber(node, label);
        }
        if (type == double.class) {
            return values.decimal(node, label);
        }
        if (type == Duration.class) {
            return values.duration(node, label);
        }
        if (type == Percent.class) {
            return new Percent(values.percent(node, label));
        }
        throw new IllegalStateException("no YAML form for a " + type.getSimpleName() + " (" + label + ")");
    }

    /** Types YAML writes as a value; an enum has a String twin that parses it with the model's message. */
    private static boolean isValueType(Class<?> type) {
        return type == String.class
                || type == String[].class
                || type == int.class
                || type == Integer.class
                || type == long.class
                || type == double.class
                || type == Duration.class
                || type == Percent.class;
    }

    /** Calls a spec method; what the spec refuses is reported where the YAML wrote it. */
    private static void invoke(Object receiver, Method method, Object[] args, Source at, String label) {
        try {
            method.invoke(receiver, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw Problems.fromModel(at, label, refused);
            }
            if (e.getCause() instanceof RuntimeException other) {
                throw other;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A step's own refusals name the step, so no label. */
    private static void invoke(ScenarioSpec scenario, Method method, Object[] args, Source at) {
        invoke(scenario, method, args, at, null);
    }

    private static List<Method> methods(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() == type && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getName().equals(name) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(Class::isEnum))
                .toList();
    }

    private static List<String> names(Method method) {
        return Arrays.stream(method.getParameters()).map(Parameter::getName).toList();
    }

    private static Class<?> type(Method method, String name) {
        return method.getParameterTypes()[names(method).indexOf(name)];
    }

    private static Method widest(List<Method> methods) {
        return methods.stream()
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow();
    }

    private static List<String> parameterNames(List<Method> methods) {
        return methods.stream().flatMap(m -> names(m).stream()).distinct().toList();
    }

    /** The method a later parameter belongs to: {@code seed} → {@code probability}. */
    private static String companionOf(Class<?> spec, String parameter) {
        return Arrays.stream(spec.getMethods())
                .filter(m -> m.getDeclaringClass() == spec && names(m).indexOf(parameter) > 0)
                .map(Method::getName)
                .findFirst()
                .orElse("another option");
    }
}
