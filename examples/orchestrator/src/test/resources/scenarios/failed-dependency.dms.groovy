// A dependency of DMS fails twice (say, KMS): each start is refused, the third goes through.
scenario('start refused twice with FailedDependency, then started') {
    tag 'faults'
    replication('orders') { table 'public.orders', rows: 200_000 }
    fault FailedDependency, on: 'StartReplication', times: 2, message: 'KMS key is unavailable'
    start('orders') { expectError FailedDependency }
    start('orders') { expectError FailedDependency, 'KMS' }
    start 'orders'
    await('orders') { status RUNNING; within 30.minutes }
    expectCalls 'StartReplication', exactly: 3
}
