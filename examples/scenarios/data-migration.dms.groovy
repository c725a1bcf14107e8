// A homogeneous data migration: start, load, watch statistics, stop.
scenario('data migration start and stop') {
    tag 'data-migration'
    dataMigration('customers') {
        type FULL_LOAD_AND_CDC
        engine 'postgres'
        table 'public.customers', rows: 200_000
        table 'public.addresses', rows: 300_000
    }
    start 'customers'
    await('customers') { fullLoad 100.percent; within 1.hour }
    await('customers') { cdcLatencyBelow 10.seconds; within 10.minutes }
    expect('customers') { status RUNNING; tablesLoaded 2; tablesErrored 0 }
    stop 'customers'
    await('customers') { status STOPPED; within 10.minutes }
    expect('customers') { stopReason NORMAL }
}
