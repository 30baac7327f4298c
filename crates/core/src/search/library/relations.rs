//! What the build stored about how documents relate: each one's related
//! documents, the repost clusters, the boilerplate paragraphs.

use super::{Collapsed, Hit, Library};
use crate::pack::{PackedCluster, PackedRelated};
use crate::related::boilerplate::Boilerplate;
use std::collections::HashMap;

impl Library<'_> {
    /// A document's related documents, best first, with scores and reasons
    /// (computed by `gazette build`, see [`crate::related`]).
    pub fn related(&self, doc: usize) -> Vec<PackedRelated> {
        self.pack.related(doc, &self.docs)
    }

    /// The repost cluster a document belongs to, if any: one table read,
    /// cheap enough to call for every hit of a result list.
    pub fn cluster_of(&self, doc: usize) -> Option<usize> {
        self.pack.cluster_of(doc)
    }

    /// A repost cluster: its canonical member and its members, oldest first.
    pub fn cluster(&self, cluster: usize) -> Option<PackedCluster> {
        self.pack.cluster(cluster)
    }

    /// Number of repost clusters.
    pub fn cluster_count(&self) -> usize {
        self.pack.cluster_count()
    }

    /// The corpus's boilerplate paragraphs (for comparisons that hide them).
    pub fn boilerplate(&self) -> &Boilerplate {
        &self.boilerplate
    }

    /// Hits with reposts folded: the first (best-placed) hit of each cluster
    /// stays, with how many later hits of its cluster were folded into it
    /// ("also in N sources"); hits outside clusters stay as they are.
    pub fn collapse_reposts(&self, hits: &[Hit]) -> Vec<Collapsed> {
        let mut out: Vec<Collapsed> = Vec::with_capacity(hits.len());
        let mut row_of_cluster: HashMap<usize, usize> = HashMap::new();
        for &hit in hits {
            match self.cluster_of(hit.doc) {
                Some(cluster) => match row_of_cluster.get(&cluster) {
                    Some(&row) => out[row].folded += 1,
                    None => {
                        row_of_cluster.insert(cluster, out.len());
                        out.push(Collapsed { hit, folded: 0 });
                    }
                },
                None => out.push(Collapsed { hit, folded: 0 }),
            }
        }
        out
    }
}
