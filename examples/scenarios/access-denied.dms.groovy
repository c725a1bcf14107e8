// The first stop is refused (a missing IAM permission); after the fix the stop goes through.
scenario('stop refused with AccessDenied, then retried') {
    tag 'faults'
    replication('orders') { table 'public.orders', rows: 100_000 }
    start 'orders'
    await('orders') { status RUNNING; within 1.hour }
    fault AccessDenied, on: 'StopReplication', times: 1, message: 'User is not authorized to perform dms:StopReplication'
    stop('orders') { expectError AccessDenied, 'not authorized' }
    stop 'orders'
    await('orders') { status STOPPED; within 10.minutes }
    expect('orders') { stopReason NORMAL }
    expectCalls 'StopReplication', exactly: 2
}
