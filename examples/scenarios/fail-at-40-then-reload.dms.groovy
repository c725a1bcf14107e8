// The full load dies at 40 % with a fatal error; reload-target starts it over and it completes.
scenario('fatal error at 40 percent, then reload-target') {
    tag 'failures'
    parameter 'rows', 5_000_000
    def rows = longParam('rows')
    replication('orders') { table 'public.orders', rows: rows }
    fail('orders') { at 40.percent; reason FATAL_ERROR; message 'ORA-01555: snapshot too old' }
    start 'orders'
    await('orders') { status FAILED; within 2.hours }
    expect('orders') { stopReason FATAL_ERROR; failureMessageContains 'ORA-01555' }
    start('orders') { type RESUME_PROCESSING; expectError InvalidResourceState }
    start 'orders', RELOAD_TARGET
    await('orders') { fullLoad 100.percent; within 2.hours }
    expect('orders') { status RUNNING; tablesLoaded 1 }
}
