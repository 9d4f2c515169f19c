with open("/tmp/tasklet_corpus_tb_with.txt", "w") as f:
    f.write("x")
    f.write(5)
