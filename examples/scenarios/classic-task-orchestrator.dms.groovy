// The twin of examples/orchestrator ClassicTaskOrchestrator, as a scenario: a full-load-and-cdc task on a
// replication instance runs to a clean stop (ready, start-replication, running, full load done, CDC caught
// up, stop, stopped with NORMAL); a full-load task on the same instance stops by itself with
// FULL_LOAD_ONLY_FINISHED; a task that fails reports FATAL_ERROR and its LastFailureMessage.
scenario('classic task orchestrator') {
    tag 'classic', 'orchestrator'
    instance('orders-ri') { instanceClass 'dms.t3.small' }
    task('orders') {
        type FULL_LOAD_AND_CDC
        instance 'orders-ri'
        table 'public.orders', rows: 2_000_000
    }
    task('snapshot') {
        type FULL_LOAD
        instance 'orders-ri'
        table 'public.customers', rows: 500_000
    }
    task('fragile') {
        type FULL_LOAD_AND_CDC
        instance 'orders-ri'
        table 'public.invoices', rows: 1_000_000
    }
    await('orders') { status READY; within 10.minutes }
    start 'orders', START_REPLICATION
    await('orders') { status RUNNING; within 10.minutes }
    await('orders') { fullLoad 100.percent; within 12.hours }
    await('orders') { cdcLatencyBelow 10.seconds; within 12.hours }
    stop 'orders'
    await('orders') { status STOPPED; within 10.minutes }
    expect('orders') { stopReason NORMAL; fullLoad 100.percent }
    start 'snapshot', START_REPLICATION
    await('snapshot') { status STOPPED; within 12.hours }
    expect('snapshot') { stopReason FULL_LOAD_ONLY_FINISHED; fullLoad 100.percent }
    fail('fragile') { at 40.percent; reason FATAL_ERROR; message 'ORA-01555: snapshot too old' }
    start 'fragile', START_REPLICATION
    await('fragile') { status FAILED; within 12.hours }
    expect('fragile') { stopReason FATAL_ERROR; failureMessageContains 'ORA-01555' }
    expectCalls 'StopReplicationTask', exactly: 1
}
