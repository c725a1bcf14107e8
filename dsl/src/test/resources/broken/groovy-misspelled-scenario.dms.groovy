scenarios('orders') {
    replication('orders') {}
}
