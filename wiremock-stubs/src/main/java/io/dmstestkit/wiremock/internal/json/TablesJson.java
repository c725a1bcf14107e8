package io.dmstestkit.wiremock.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dmstestkit.simulator.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /__admin/dms/tables}: source tables by {@code schema.table} with their row counts,
 * for an account and region (the simulator's defaults when left out).
 *
 * <pre>{@code
 * {"account": "123456789012", "region": "us-east-1", "tables": {"public.orders": 2000000}}
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TablesJson(String account, String region, Map<String, Long> tables) {

    // schema.table or a bare table (schema public), no empty part: what selection rules can name.
    private static final Pattern TABLE_NAME = Pattern.compile("[^.\\s]+(\\.[^.\\s]+)?");

    public static TablesJson of(String account, String region, List<TableSpec> tables) {
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(table -> rows.put(table.qualifiedName(), table.rows()));
        return new TablesJson(account, region, rows);
    }

    /** The declared tables, checked; throws {@link AdminRequestException} naming the first problem. */
    public List<TableSpec> toTables() {
        if (tables == null) {
            throw AdminRequestException.badRequest(
                    "field 'tables' is required: source tables with their row counts, e.g."
                            + " {\"public.orders\": 2000000}");
        }
        List<TableSpec> specs = new ArrayList<>();
        tables.forEach((name, rows) -> {
            if (!TABLE_NAME.matcher(name).matches()) {
                throw AdminRequestException.badRequest(
                        "table '" + name + "' in 'tables' must be named schema.table, e.g. public.orders");
            }
            if (rows == null || rows < 0) {
                throw AdminRequestException.badRequest(
                        "field 'tables." + name + "' must be a row count of 0 or more, was " + rows);
            }
            specs.add(TableSpec.parse(name, rows));
        });
        return specs;
    }
}
