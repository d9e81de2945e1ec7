const n=+process.argv[2], m=+process.argv[3];
let s=1; const r=()=>{s=(Math.imul(s,1664525)+1013904223)>>>0; return s/4294967296};
const set=new Set(); const A=[],B=[];
while(A.length<m){const a=Math.floor(r()*n), b=Math.floor(r()*n); if(a===b) continue; const k=a<b?a*n+b:b*n+a; if(set.has(k)) continue; set.add(k); A.push(a); B.push(b);}
const deg=new Int32Array(n+1); for(let i=0;i<m;i++){deg[A[i]+1]++;deg[B[i]+1]++;}
for(let i=0;i<n;i++)deg[i+1]+=deg[i];
const adj=new Int32Array(2*m); const fill=deg.slice();
for(let i=0;i<m;i++){adj[fill[A[i]]++]=B[i];adj[fill[B[i]]++]=A[i];}
let t=performance.now();
const cb=new Float64Array(n), sigma=new Float64Array(n), dist=new Int32Array(n), delta=new Float64Array(n), stack=new Int32Array(n), queue=new Int32Array(n);
for(let src=0;src<n;src++){
  sigma.fill(0); dist.fill(-1); delta.fill(0);
  sigma[src]=1; dist[src]=0; let qh=0,qt=0,sp=0; queue[qt++]=src;
  while(qh<qt){const v=queue[qh++]; stack[sp++]=v; const dv=dist[v]+1; const sv=sigma[v];
    for(let k=deg[v];k<deg[v+1];k++){const w=adj[k]; if(dist[w]<0){dist[w]=dv;queue[qt++]=w;} if(dist[w]===dv) sigma[w]+=sv;}}
  while(sp>0){const w=stack[--sp]; const dw=dist[w]-1; const c=(1+delta[w])/sigma[w];
    for(let k=deg[w];k<deg[w+1];k++){const v=adj[k]; if(dist[v]===dw) delta[v]+=sigma[v]*c;}
    if(w!==src) cb[w]+=delta[w];}
}
console.log('csr bc', performance.now()-t, cb[0]/2);
