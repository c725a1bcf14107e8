// Schema conversion alone (DMS Schema Conversion), no data moved: a migration project declared on its own
// over the hr schema; import its metadata model, assess it, convert it (the first conversion fails on an
// unsupported type), convert again, then write the converted DDL as a script instead of applying it.
scenario('schema-only conversion') {
    tag 'schema-conversion'
    migrationProject('hr') {
        engine 'postgres'
        table 'hr.employees', rows: 200_000
        table 'hr.departments', rows: 40
    }
    importMetadataModel 'hr'
    awaitMetadataModel('hr') { within 1.hour }
    assessMetadataModel 'hr'
    awaitMetadataModel('hr') { within 1.hour }
    conversionFails 'hr', 'Unsupported data type SDO_GEOMETRY in hr.employees'
    convertMetadataModel 'hr'
    awaitMetadataModel('hr') { status 'FAILED'; within 1.hour }
    expectMetadataModel('hr') { request 'conversion'; failureMessageContains 'SDO_GEOMETRY' }
    convertMetadataModel 'hr'
    awaitMetadataModel('hr') { request 'conversion'; within 1.hour }
    exportMetadataModelAsScript 'hr'
    awaitMetadataModel('hr') { request 'export-as-script'; within 1.hour }
    expectCalls 'StartMetadataModelExportToTarget', exactly: 0
}
