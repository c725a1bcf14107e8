// The first StartReplicationTask is refused (a missing IAM permission); the retry starts the task.
scenario('classic task start refused with AccessDenied, then retried') {
    tag 'faults', 'classic'
    task('orders') { table 'public.orders', rows: 100_000 }
    fault AccessDenied, on: 'StartReplicationTask', times: 1, message: 'User is not authorized to perform dms:StartReplicationTask'
    start('orders') { expectError AccessDenied, 'not authorized' }
    expect('orders') { status READY }
    start 'orders'
    await('orders') { status RUNNING; within 1.hour }
    expectCalls 'StartReplicationTask', exactly: 2
}
