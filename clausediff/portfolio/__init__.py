"""Portfolio review: one template compared with many contracts, by the engine of ``compare``.

Data flows one way, each step in its own module:

* :mod:`template` reads, segments and annotates the template once (a picklable value shipped to
  every worker);
* :mod:`discover` lists the contract files under the paths given;
* :mod:`review` compares one contract with the template and reduces the comparison to one
  outcome per template clause (:mod:`model`), or to an error entry;
* :mod:`cache` stores every result by (template hash, contract hash, options, version), so a
  second run only compares new or changed files, and is also where results stream to;
* :mod:`backends` runs the reviews in one process, on a local process pool, or on a Dask cluster
  (:mod:`dask_backend`);
* :mod:`run` drives it all and :mod:`jsonout`, :mod:`matrix`, :mod:`tables` and :mod:`html`
  write the results.

No Qt anywhere in this package.
"""
