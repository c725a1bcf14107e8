// A classic task dies at 40 % with a fatal error; reload-target starts it over and it completes.
scenario('classic task fails at 40 percent, then reload-target') {
    tag 'failures', 'classic'
    task('orders') { table 'public.orders', rows: 5_000_000 }
    fail('orders') { at 40.percent; reason FATAL_ERROR; message 'ORA-01555: snapshot too old' }
    start 'orders'
    await('orders') { status FAILED; within 2.hours }
    expect('orders') { stopReason FATAL_ERROR; failureMessageContains 'ORA-01555' }
    start 'orders', RELOAD_TARGET
    await('orders') { fullLoad 100.percent; within 2.hours }
    expect('orders') { status RUNNING; tablesLoaded 1 }
}
