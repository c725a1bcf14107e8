package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import groovy.lang.ExpandoMetaClass;
import groovy.lang.GroovySystem;
import groovy.lang.MetaClass;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The backstop behind {@link ScriptGuard}: a meta-class change made while a script runs is found and
 * undone, whatever way it was made; changes of other threads are theirs.
 */
class MetaClassWatchTest {

    /** A class of this test's own, so that changing its meta-class disturbs no other test. */
    static final class Victim {}

    /** Another, changed by another thread. */
    static final class OtherThreadsClass {}

    @Test
    void should_undo_a_meta_class_change_of_the_watched_thread_and_name_the_class() {
        MetaClass before = GroovySystem.getMetaClassRegistry().getMetaClass(Victim.class);
        MetaClassWatch watch = MetaClassWatch.start();

        ExpandoMetaClass changed = new ExpandoMetaClass(Victim.class, false, true);
        changed.initialize();
        GroovySystem.getMetaClassRegistry().setMetaClass(Victim.class, changed);
        List<String> undone = watch.undoChanges();

        assertThat(undone).containsExactly(Victim.class.getName());
        MetaClass after = GroovySystem.getMetaClassRegistry().getMetaClass(Victim.class);
        assertThat(after).isNotInstanceOf(ExpandoMetaClass.class);
        assertThat(after.getClass()).isEqualTo(before.getClass());
    }

    @Test
    void should_leave_the_changes_of_other_threads_alone() throws Exception {
        MetaClassWatch watch = MetaClassWatch.start();

        CompletableFuture.runAsync(() -> {
                    ExpandoMetaClass changed = new ExpandoMetaClass(OtherThreadsClass.class, false, true);
                    changed.initialize();
                    GroovySystem.getMetaClassRegistry().setMetaClass(OtherThreadsClass.class, changed);
                })
                .get();
        List<String> undone = watch.undoChanges();

        assertThat(undone).isEmpty();
        assertThat(GroovySystem.getMetaClassRegistry().getMetaClass(OtherThreadsClass.class))
                .isInstanceOf(ExpandoMetaClass.class);
        GroovySystem.getMetaClassRegistry().removeMetaClass(OtherThreadsClass.class);
    }
}
