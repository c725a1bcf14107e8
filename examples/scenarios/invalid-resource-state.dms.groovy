// Stopping a replication that is not running is refused by DMS itself; so is starting it twice.
scenario('invalid resource state') {
    tag 'faults'
    replication('orders') { table 'public.orders', rows: 100_000 }
    stop('orders') { expectError InvalidResourceState }
    start 'orders'
    start('orders') { expectError 'InvalidResourceStateFault' }
    await('orders') { status RUNNING; within 1.hour }
    stop 'orders'
    await('orders') { status STOPPED; within 10.minutes }
    expect('orders') { stopReason NORMAL }
}
