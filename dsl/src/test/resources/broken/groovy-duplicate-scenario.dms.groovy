scenario('orders') {
    replication('orders') {}
}

scenario('orders') {
    replication('orders') {}
}
