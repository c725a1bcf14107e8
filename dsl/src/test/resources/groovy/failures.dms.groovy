// Every way to make things go wrong: faults, failures, table errors, latency spikes, provisioning.
scenario('failures') {
    replication('orders') { table 'public.orders', rows: 1000 }

    fault AccessDenied, on: 'StopReplication', times: 1, message: 'not authorized to stop'
    fault Throttling, on: ['DescribeReplications', 'DescribeReplicationTableStatistics'], probability: 0.5, seed: 7
    fault InvalidResourceState, on: 'StartReplication', resource: 'orders', onCall: 2
    fault ResourceNotFound, afterCalls: 3
    fault KMSKeyNotAccessible
    fault(FailedDependency) {
        on 'StartReplication', 'StopReplication'
        message 'the source is gone'
        resource 'orders'
        times 2
        afterCalls 1
    }
    fault(ResourceQuotaExceeded) { onCall 3 }
    fault(InvalidOperation) { probability 0.25, 42 }
    disarmFaults()

    fail('orders') { at 40.percent; reason FATAL_ERROR; message 'ORA-01555: snapshot too old' }
    fail('orders') { at 60 }
    fail('orders') { after 10.minutes; reason 'recoverable-error' }
    tableError 'orders', table: 'public.orders', after: 5.minutes, message: 'duplicate key'
    tableError 'orders', table: 'public.orders'
    tableError 'orders', 'public.orders', 7.minutes, 'lost connection'
    latencySpike 'orders', after: 10.minutes, lasting: 5.minutes, latency: 2.minutes
    latencySpike 'orders', lasting: 1.minute, latency: 30.seconds
    latencySpike 'orders', 1.hour, 2.minutes, 45.seconds
    provisioningFails 'orders', 'insufficient capacity'
}
