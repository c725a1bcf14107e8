scenario('orders') {
    replication('orders') {
        type 'full-laod'
    }
}
