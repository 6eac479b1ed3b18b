print("smedash")
