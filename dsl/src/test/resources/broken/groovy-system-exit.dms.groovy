scenario('orders') {
    replication('orders') {}
    System.exit(0)
}
