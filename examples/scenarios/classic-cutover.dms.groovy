// A classic full-load-and-cdc task on a shared replication instance: load, catch up, cut over.
scenario('classic task cut-over') {
    tag 'smoke', 'classic'
    instance('shared') { instanceClass 'dms.c5.large' }
    task('orders') {
        type FULL_LOAD_AND_CDC
        instance 'shared'
        table 'public.orders', rows: 2_000_000
        table 'public.order_lines', rows: 9_000_000
    }
    start 'orders'
    await('orders') { fullLoad 100.percent; within 2.hours }
    await('orders') { cdcLatencyBelow 5.seconds; within 10.minutes }
    stop 'orders'
    await('orders') { status STOPPED; within 5.minutes }
    expect('orders') { status STOPPED; stopReason NORMAL; fullLoad 100.percent; tablesLoaded 2 }
    expectCalls 'StopReplicationTask', exactly: 1
}
