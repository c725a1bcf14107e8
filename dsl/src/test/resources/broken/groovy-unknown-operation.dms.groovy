scenario('orders') {
    replication('orders') {}
    expectCalls 'StopReplicaton', exactly: 1
}
