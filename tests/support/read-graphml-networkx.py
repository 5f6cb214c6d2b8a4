"""Reads a GraphML file with NetworkX and prints what a script would see, as JSON (used by
tests/integration/api/export-tools.test.ts). Usage: python3 read-graphml-networkx.py FILE"""
import json
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "networkx": nx.__version__,
    "directed": graph.is_directed(),
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "graph": graph.graph,
    "labels": sorted(nx.get_node_attributes(graph, "label").values()),
    "weights": sorted(set(type(value).__name__ for value in nx.get_node_attributes(graph, "weight").values())),
    "edgeKinds": sorted(set(kind for _, _, kind in graph.edges(data="kind"))),
    "degreeOfSubject": graph.degree("person:paul-vicol"),
}))
