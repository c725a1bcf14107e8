scenario('orders') {
    replication('orders') { type FULL_LOAD }
    start 'orders'
    expect('orders') { status STOPED }
}
