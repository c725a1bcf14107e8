// A full-load replication stops by itself when the load is done.
scenario('full load only') {
    tag 'smoke'
    replication('nightly-copy') {
        type FULL_LOAD
        table 'public.customers', rows: 500_000
        table 'public.invoices', rows: 1_500_000
    }
    start 'nightly-copy'
    await('nightly-copy') { status STOPPED; within 2.hours }
    expect('nightly-copy') { stopReason FULL_LOAD_ONLY_FINISHED; fullLoad 100.percent; tablesLoaded 2 }
    expectCalls 'StopReplication', exactly: 0
}
