"""The steps of one night (`newsetl.run` re-exports them): discover, shard, finalize, publish, summary."""
