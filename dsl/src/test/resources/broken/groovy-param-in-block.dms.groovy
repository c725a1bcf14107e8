scenario('orders') {
    parameter 'rows', 1000
    replication('orders') {
        table 'public.orders', rows: longParam('rows')
    }
}
