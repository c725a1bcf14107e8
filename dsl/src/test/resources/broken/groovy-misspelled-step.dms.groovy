scenario('orders') {
    replication('orders') { type FULL_LOAD }
    strat 'orders'
}
