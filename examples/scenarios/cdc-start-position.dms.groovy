// A CDC-only replication that starts from a native position, is stopped and resumed.
scenario('cdc from a start position') {
    tag 'cdc'
    replication('orders-cdc') {
        type CDC
        table 'public.orders', rows: 1_000_000
    }
    start('orders-cdc') { cdcStartPosition 'checkpoint:V1#27#mysql-bin.000003:1' }
    await('orders-cdc') { status RUNNING; within 1.hour }
    await('orders-cdc') { cdcLatencyBelow 5.seconds; within 10.minutes }
    stop 'orders-cdc'
    await('orders-cdc') { status STOPPED; within 10.minutes }
    start 'orders-cdc', RESUME_PROCESSING
    await('orders-cdc') { status RUNNING; within 30.minutes }
}
