// Parameters with defaults, overridden by the loader; tags.
scenario('parameterized') {
    parameter 'rows', 1000
    parameter 'table', 'public.orders'
    parameter 'capacity', 4
    tag 'smoke', 'nightly'
    tag "rows-${param('rows')}"
    def rows = longParam('rows')
    def tableName = param('table')
    def capacity = longParam('capacity') as int
    replication('orders') {
        table tableName, rows: rows
        table "${tableName}_archive", rows * 2
        maxCapacityUnits capacity
    }
    start 'orders'
}
