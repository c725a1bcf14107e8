package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.util.List;

/**
 * The tables a data migration loads: those its {@code SelectionRules} select, or without rules every
 * table declared for the account (the simulator's default tables when none were declared). Chosen when
 * a run starts, so tables declared after the migration was created are included.
 */
final class MigrationTables {

    static final String MEMBER = "SelectionRules";

    private MigrationTables() {}

    /** Checks a SelectionRules document; InvalidParameterValueException when it is not usable. */
    static String validated(String selectionRules) {
        TableSelection.parse(MEMBER, selectionRules);
        return selectionRules;
    }

    static List<TableSpec> selected(String selectionRules, AccountState account, SimulatorSettings settings) {
        List<TableSpec> declared = List.copyOf(account.declaredTables().values());
        if (selectionRules == null) {
            return declared.isEmpty() ? settings.defaultTables() : declared;
        }
        return TableSelection.parse(MEMBER, selectionRules)
                .select(declared, settings.defaultTables(), settings.defaultRowsPerTable());
    }
}
