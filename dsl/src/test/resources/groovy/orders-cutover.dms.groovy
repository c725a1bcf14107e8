// The canonical scenario of the DSL sketch; line numbers matter to GroovySourceLocationTest.
scenario('orders cut-over') {
    replication('orders') {
        type FULL_LOAD_AND_CDC
        table 'public.orders', rows: 2_000_000
        table 'public.order_lines', rows: 9_000_000
    }
    start 'orders'
    await('orders') { fullLoad 100.percent; within 2.hours }
    await('orders') { cdcLatencyBelow 5.seconds; within 10.minutes }
    stop 'orders'
    expect('orders') { status STOPPED; stopReason NORMAL }
}
