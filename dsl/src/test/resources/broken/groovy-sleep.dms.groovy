scenario('orders') {
    replication('orders') {}
    start 'orders'
    sleep 60_000
}
