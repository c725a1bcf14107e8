scenario('orders') {
    replication('orders') {}
    await('orders') { status RUNNING; within 30.secnds }
}
