// The happy path: a full-load-and-cdc replication loads, catches up, and is stopped at cut-over.
scenario('orders cut-over') {
    tag 'smoke', 'cutover'
    replication('orders') {
        type FULL_LOAD_AND_CDC
        table 'public.orders', rows: 2_000_000
        table 'public.order_lines', rows: 9_000_000
    }
    start 'orders'
    await('orders') { fullLoad 100.percent; within 2.hours }
    await('orders') { cdcLatencyBelow 5.seconds; within 10.minutes }
    stop 'orders'
    await('orders') { status STOPPED; within 5.minutes }
    expect('orders') { status STOPPED; stopReason NORMAL; fullLoad 100.percent; tablesLoaded 2 }
    expectCalls 'StopReplication', exactly: 1
}
