scenario('orders') {
    replication('orders') {
        type FULL_LOAD
        tabel 'public.orders', rows: 1000
    }
}
