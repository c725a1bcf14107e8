scenario('orders') {
    replication('orders') {
        type FULL_LOAD
    }
    start 'orders'
