// declares nothing
def rows = 1000
