// DMS answers ResourceNotFound once (e.g. eventual consistency right after creation); the retry works.
scenario('start refused with ResourceNotFound, then retried') {
    tag 'faults'
    replication('orders') { table 'public.orders', rows: 100_000 }
    fault ResourceNotFound, on: 'StartReplication', times: 1, message: 'Replication config not found'
    start('orders') { expectError ResourceNotFound, 'not found' }
    start 'orders'
    await('orders') { status RUNNING; within 1.hour }
    expectCalls 'StartReplication', exactly: 2
}
