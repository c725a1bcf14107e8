scenario('a task on a blank instance name') {
    task('orders') { instance '' }
    start 'orders'
}
