// The floor of the open benchmark (open.bench.ts): the least a page can do to
// draw a graph with sigma, two nodes and a line, with graphology and sigma from
// the project's node_modules and nothing else. It marks its first frame as the
// app does (faultlines-graph-drawn, right after sigma's constructor, which draws
// synchronously) and keeps the time in window.bareSigma for the benchmark.
import Graph from 'graphology';
import Sigma from 'sigma';

const graph = new Graph();
graph.addNode('a', { x: 0, y: 0, size: 12, label: 'A', color: '#c0392b' });
graph.addNode('b', { x: 1, y: 1, size: 12, label: 'B', color: '#2c6fbb' });
graph.addEdge('a', 'b', { size: 2, color: '#999999' });

const container = document.getElementById('graph');
if (!container) throw new Error('no #graph element');
new Sigma(graph, container);
// sigma's constructor drew the first frame already
performance.mark('faultlines-graph-drawn');
(window as unknown as { bareSigma: { firstFrameAt: number } }).bareSigma = { firstFrameAt: performance.now() };
