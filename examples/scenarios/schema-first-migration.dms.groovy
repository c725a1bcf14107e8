// Schema first (DMS Schema Conversion), then the data: on the data migration's migration project, import
// the hr schema's metadata model, assess it (one action item), convert it, apply it to the target, then
// run the full load. The twin of examples/orchestrator SchemaFirstMigration.
scenario('schema-first migration') {
    tag 'data-migration', 'schema-conversion'
    dataMigration('hr') {
        type FULL_LOAD
        engine 'postgres'
        table 'hr.employees', rows: 200_000
        table 'hr.departments', rows: 40
    }
    importMetadataModel 'hr'
    awaitMetadataModel('hr') { status 'SUCCESS'; within 1.hour }
    assessmentReports 'hr', 'Action item 5584: CONNECT BY is converted to a recursive CTE'
    assessMetadataModel 'hr'
    awaitMetadataModel('hr') { within 1.hour }
    expectMetadataModel('hr') { request 'assessment'; status 'SUCCESS'; actionItemContains 'CONNECT BY' }
    convertMetadataModel 'hr'
    awaitMetadataModel('hr') { request 'conversion'; within 1.hour }
    exportMetadataModelToTarget 'hr'
    awaitMetadataModel('hr') { request 'export-to-target'; within 1.hour }
    start 'hr'
    await('hr') { status STOPPED; within 2.hours }
    expect('hr') { tablesLoaded 2; tablesErrored 0 }
    expectCalls 'StartMetadataModelExportToTarget', exactly: 1
}
