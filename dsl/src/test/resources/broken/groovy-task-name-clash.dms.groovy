scenario('a replication and a task of one name') {
    replication('orders') { type FULL_LOAD }
    task('orders') { type FULL_LOAD }
    start 'orders'
}
