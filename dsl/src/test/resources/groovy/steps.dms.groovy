// Every option of the lifecycle steps: start, stop, reload, await, advance, expect, expectCalls.
scenario('steps') {
    replication('orders') { table 'public.orders', rows: 1000 }
    dataMigration('customers') { table 'public.customers', rows: 10 }

    start 'orders'
    start 'orders', RESUME_PROCESSING
    start('orders') {
        type RELOAD_TARGET
        cdcStartTime '2026-01-01T00:00:00Z'
        cdcStartPosition 'checkpoint:V1#27#mysql-bin.000003:1'
        cdcStopPosition 'server_time:2026-01-01T01:00:00'
        expectError InvalidResourceState
    }
    start('customers') { type 'resume-processing'; expectError AccessDenied, 'not authorized' }
    stop 'orders'
    stop('orders') { expectError AccessDenied }
    stop('customers') { expectError 'InvalidResourceState', 'not running' }
    reload 'orders', 'public.orders'
    reload 'orders', 'public.orders', 'public.order_lines'

    await('orders') { status RUNNING }
    await('customers') { status 'stopped'; within 30.minutes; pollEvery 30.seconds }
    await('orders') { fullLoad 50 }
    await('orders') { fullLoad 100.percent; within 2.hours }
    await('orders') { cdcLatencyBelow 5.seconds }
    await('orders') { tableState 'public.orders', 'Table completed'; pollEvery 1.minute }
    advance 90.minutes
    advance 1.day

    expect('orders') { status STOPPED; stopReason NORMAL }
    expect('orders') { status 'failed'; stopReason 'FATAL_ERROR' }
    expect('orders') { failureMessageContains 'ORA-01555' }
    expect('orders') { fullLoad 40; fullLoad 100.percent }
    expect('orders') { tablesLoaded 2; tablesErrored 1; tableState 'public.orders', 'Table error' }
    expectCalls 'StopReplication', exactly(1)
    expectCalls 'StartReplication', exactly: 2
    expectCalls 'DescribeReplications', atLeast: 3
    expectCalls 'ReloadReplicationTables', atMost: 1, resource: 'orders'
    expectCalls 'StopReplication', atLeast(1)
    expectCalls 'StopReplication', atMost(4)
}
