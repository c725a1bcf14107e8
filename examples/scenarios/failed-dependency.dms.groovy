// A data migration cannot be stopped while a dependency (e.g. the instance profile's network) fails.
scenario('data migration stop refused with FailedDependency') {
    tag 'faults', 'data-migration'
    dataMigration('customers') {
        type FULL_LOAD_AND_CDC
        table 'public.customers', rows: 50_000
    }
    start 'customers'
    await('customers') { status RUNNING; within 30.minutes }
    fault FailedDependency, on: 'StopDataMigration', times: 2, message: "The instance profile's subnet is unavailable"
    stop('customers') { expectError FailedDependency }
    stop('customers') { expectError FailedDependency, 'subnet' }
    stop 'customers'
    await('customers') { status STOPPED; within 10.minutes }
    expect('customers') { stopReason NORMAL }
    expectCalls 'StopDataMigration', exactly: 3
}
