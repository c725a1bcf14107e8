// A full-load task stops by itself when the load is done: Stop Reason FULL_LOAD_ONLY_FINISHED.
scenario('classic full-load task') {
    tag 'smoke', 'classic'
    task('nightly-copy') {
        type FULL_LOAD
        table 'public.customers', rows: 500_000
        table 'public.invoices', rows: 1_500_000
    }
    start 'nightly-copy'
    await('nightly-copy') { status STOPPED; within 2.hours }
    expect('nightly-copy') { stopReason FULL_LOAD_ONLY_FINISHED; fullLoad 100.percent; tablesLoaded 2 }
    expectCalls 'StopReplicationTask', exactly: 0
}
