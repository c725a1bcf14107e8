package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.GroovySystem;
import groovy.lang.MetaClassRegistry;
import groovy.lang.MetaClassRegistryChangeEvent;
import groovy.lang.MetaClassRegistryChangeEventListener;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.runtime.metaclass.MetaClassRegistryImpl;

/**
 * The last line of defence against one scenario file changing the DSL for the files loaded after it:
 * while a script runs, every change its thread makes to Groovy's meta-class registry (a class given an
 * {@code ExpandoMetaClass}, a meta-class replaced) is recorded; afterwards each is undone, newest first,
 * and the script is refused. {@link ScriptGuard} keeps scripts from reaching a meta-class at all; this
 * watch proves that nothing got through, whatever way was found.
 *
 * <pre>{@code
 * try (MetaClassWatch watch = MetaClassWatch.start()) {
 *     script.run();
 *     watch.undoChanges().ifPresent(changed -> { throw refusal(changed); });
 * }
 * }</pre>
 *
 * The registry is global and shared by every thread, so only the watching thread's changes count:
 * other tests running in parallel keep theirs.
 */
final class MetaClassWatch implements MetaClassRegistryChangeEventListener, AutoCloseable {

    private final Thread watched = Thread.currentThread();
    private final MetaClassRegistry registry = GroovySystem.getMetaClassRegistry();
    private final List<MetaClassRegistryChangeEvent> changes = new ArrayList<>();

    private MetaClassWatch() {}

    /** Starts recording the calling thread's meta-class changes. */
    static MetaClassWatch start() {
        MetaClassWatch watch = new MetaClassWatch();
        watch.registry.addMetaClassRegistryChangeEventListener(watch);
        return watch;
    }

    @Override
    public void updateConstantMetaClass(MetaClassRegistryChangeEvent change) {
        if (Thread.currentThread() == watched) {
            synchronized (changes) {
                changes.add(change);
            }
        }
    }

    /**
     * Stops watching and undoes what was recorded, newest first.
     *
     * @return the names of the classes whose meta-class the thread changed, empty when none
     */
    List<String> undoChanges() {
        close();
        List<MetaClassRegistryChangeEvent> recorded;
        synchronized (changes) {
            recorded = new ArrayList<>(changes);
            changes.clear();
        }
        List<String> changed = new ArrayList<>();
        for (int i = recorded.size() - 1; i >= 0; i--) {
            MetaClassRegistryChangeEvent change = recorded.get(i);
            Class<?> type = change.getClassToUpdate();
            if (change.isPerInstanceMetaClassChange()) { // on a shared object such as an enum constant
                if (registry instanceof MetaClassRegistryImpl perInstance) {
                    perInstance.setMetaClass(change.getInstance(), change.getOldMetaClass());
                }
            } else if (change.getOldMetaClass() == null) {
                registry.removeMetaClass(type);
            } else {
                registry.setMetaClass(type, change.getOldMetaClass());
            }
            changed.add(0, type.getName());
        }
        return changed.stream().distinct().toList();
    }

    @Override
    public void close() {
        registry.removeMetaClassRegistryChangeEventListener(this);
    }
}
