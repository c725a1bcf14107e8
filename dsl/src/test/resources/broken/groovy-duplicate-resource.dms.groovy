scenario('orders') {
    replication('orders') {}
    replication('orders') {}
}
