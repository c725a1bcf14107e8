package io.dmstestkit.simulator.internal.schemaconversion;

import java.util.Locale;

/**
 * One node of a metadata model: the server (the data provider), a schema, or an object in a schema (a
 * declared table, or an object made by StartMetadataModelCreation).
 *
 * @param type {@code server}, {@code schema}, {@code table}, {@code view}, {@code procedure}, {@code function}…
 * @param schema the schema of an object, or the schema itself; null for the server
 * @param name the object's own name
 * @param definition the SQL DescribeMetadataModel shows, or null
 */
record MetadataObject(String type, String schema, String name, String definition) {

    static final String SERVER = "server";
    static final String SCHEMA = "schema";

    static MetadataObject server(String name) {
        return new MetadataObject(SERVER, null, name, null);
    }

    static MetadataObject schema(String name) {
        return new MetadataObject(SCHEMA, name, name, "CREATE SCHEMA " + name + ";");
    }

    boolean isServer() {
        return type.equals(SERVER);
    }

    boolean isSchema() {
        return type.equals(SCHEMA);
    }

    /** How requests and conversions know the object: {@code schema} or {@code schema.name}, lower case. */
    String key() {
        String key = isServer() ? "" : isSchema() ? schema : schema + "." + name;
        return key.toLowerCase(Locale.ROOT);
    }

    /** {@code public.orders} or {@code public}: how messages name it. */
    String qualifiedName() {
        return isServer() || isSchema() ? name : schema + "." + name;
    }
}
